/**
 * Who may do and see what (ADR 0019): the authenticated caller ({@link dk.careledger.domain.adgang.Bruger}) with roles
 * ({@link dk.careledger.domain.adgang.Adgangsrolle}) and data limits (KLE, følsomhed), the endpoint's requirement
 * ({@link dk.careledger.domain.adgang.Kraever}) and the port to the access log
 * ({@link dk.careledger.domain.adgang.Laesningslog}). Plain Java (ADR 0003): the credential is verified by the
 * application, which hands these types to the modules.
 */
package dk.careledger.domain.adgang;
