/** The revisor's reads (issue 17): "who did what" across aggregates, from the {@code handlinger} projection's read API. */
package dk.careledger.query.revision;
