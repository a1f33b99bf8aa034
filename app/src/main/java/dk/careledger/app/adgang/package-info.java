/**
 * Who may call the ledger and what is logged (ADR 0019): Spring Security as an OAuth2 resource server for signed JWTs
 * ({@link dk.careledger.app.adgang.SikkerhedsConfig}), the token's claims as a
 * {@link dk.careledger.domain.adgang.Bruger} ({@link dk.careledger.app.adgang.Brugerkrav}), the role check of every
 * endpoint ({@link dk.careledger.app.adgang.Rettighedsvagt}), the embedded issuer with its demo users for the default
 * run ({@link dk.careledger.app.adgang.IndbyggetUdsteder}, {@link dk.careledger.app.adgang.Demobrugere},
 * {@link dk.careledger.app.adgang.LoginController}) and the append-only access log
 * ({@link dk.careledger.app.adgang.Adgangslog}, {@link dk.careledger.app.adgang.AdgangslogController}).
 */
package dk.careledger.app.adgang;
