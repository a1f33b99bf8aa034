/**
 * Henvendelse: an ansøgning, henvendelse or henvisning received by the kommune (UC1 Åbne sag). It is received,
 * possibly clarified with the henvender (3.b1), and handled once: by opening sager, joining an existing sag, or
 * deciding that no sag is needed (3.a1). Pure decide/evolve in {@link dk.careledger.domain.henvendelse.HenvendelseDecider}.
 */
package dk.careledger.domain.henvendelse;
