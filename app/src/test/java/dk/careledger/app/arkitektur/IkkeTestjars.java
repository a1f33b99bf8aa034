package dk.careledger.app.arkitektur;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out the test jars other modules publish for app's tests (core-domain's and command-side's fixtures,
 * {@code *-tests.jar}): {@link ImportOption.DoNotIncludeTests} knows test class directories but not test jars, so
 * without this the module rules would judge test code (a fixture package depending on an aggregate's tests, say).
 */
public final class IkkeTestjars implements ImportOption {
    @Override
    public boolean includes(Location location) {
        return !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }
}
