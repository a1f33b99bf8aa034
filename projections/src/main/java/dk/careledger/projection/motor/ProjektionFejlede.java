package dk.careledger.projection.motor;

/**
 * A projection's {@code anvend} failed: the whole batch rolls back, but only that projection is marked FEJL (and, if
 * the failure is not {@link Fejlart#forbigaaende transient}, its part of the batch is searched for the poison event).
 */
final class ProjektionFejlede extends RuntimeException {
    final transient Deltager deltager;

    ProjektionFejlede(Deltager deltager, RuntimeException aarsag) {
        super("Projection " + deltager.projektion.navn() + " failed", aarsag);
        this.deltager = deltager;
    }
}
