/**
 * The commands of the Sag aggregate, one record per file under the sealed {@link SagCommand}: from {@link OpretSag}
 * through {@link VurderTilstand}, {@link SendPartshoering} and {@link TraefAfgoerelse} to {@link AfslutSag},
 * {@link ModtagKlage} and {@link StartRevisitation}. Imperative Danish names (ADR 0004), plain Java (ADR 0003); decided
 * by {@code SagDecider}.
 */
package dk.careledger.domain.sag.command;
