/**
 * What every aggregate shares: the typed ids ({@link Id}: {@link SagId}, {@link BevillingId}, {@link BorgerId}, …), who
 * acted and when ({@link Registrering}, {@link Aktoer}, {@link Rolle}, {@link Cvr}; ADR 0010), the refusal a decider
 * throws ({@link Afvisning}, {@link Afvisningsart}), what a decider gets besides state and command ({@link Kontekst}),
 * the edge's limits ({@link Inputgraenser}), the encryption ports for free text ({@link Kryptering},
 * {@link Dekryptering}, {@link KrypteretTekst}; ADR 0009) and the {@link Revision} annotation (ADR 0005). Plain Java
 * (ADR 0003); it depends on no aggregate package (only on {@code katalog}), so every aggregate can depend on it.
 */
package dk.careledger.domain.felles;
