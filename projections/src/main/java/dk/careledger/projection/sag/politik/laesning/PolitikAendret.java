package dk.careledger.projection.sag.politik.laesning;

import java.util.List;
import java.util.UUID;

/**
 * Published (as a Spring application event) when a policy change has been stored: the sager in its scope, so readers
 * that deliver what the configuration decides (the Sagsindeks feed) can correct what they have delivered.
 */
public record PolitikAendret(String kommune, String klePraefiks, String registreretAf, List<UUID> sagerIOmfang) {
}
