/**
 * Bevilling: an indsats granted to a citizen (on a sag's afgørelse, or by a selvvisiterende enhed without one),
 * with its bestilling from a leverandør, its leveringer and its opfølgninger (UC3 afgørelse/bestilling, UC6
 * levering, UC8 ikke-planlagt levering). One aggregate, because "a levering needs a started, not-ended bevilling"
 * and "E3 ends the bevilling" are its invariants. Pure decide/evolve in
 * {@link dk.careledger.domain.bevilling.BevillingDecider}.
 */
package dk.careledger.domain.bevilling;
