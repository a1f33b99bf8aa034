/** The published read API of the {@code handlinger} projection ("who did what", issue 17 item 3): rows and their reader. */
package dk.careledger.projection.handling.laesning;
