package dk.careledger.app.testsupport;

import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.commandside.kommando.Kalder;
import dk.careledger.commandside.kommando.Kommandoafsender;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.domain.indstilling.Titelkilde;
import dk.careledger.domain.indstilling.command.FastsaetBorgerblik;
import dk.careledger.domain.indstilling.command.FastsaetPolitik;
import dk.careledger.domain.indstilling.command.KommuneindstillingCommand;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Sets a kommune's settings in a test as its configuration user would (ADR 0021): a command on the kommune's settings
 * aggregate, sent past HTTP, for tests that configure generated kommuner before their workload.
 */
public final class Indstillingskommandoer {
    private final Kommandoafsender afsender;

    public Indstillingskommandoer(Kommandoafsender afsender) {
        this.afsender = afsender;
    }

    public void politik(String kommune, String klePraefiks, Politik politik, Sagsbegreb sagsbegreb, LocalDate gyldigFra) {
        send(new FastsaetPolitik(new Cvr(kommune), klePraefiks, politik, sagsbegreb, gyldigFra));
    }

    /** Hides the kommune's sager under the prefix from the citizen, with the KLE title and nothing else shown. */
    public void skjulForBorger(String kommune, String klePraefiks, LocalDate gyldigFra) {
        send(new FastsaetBorgerblik(new Cvr(kommune), klePraefiks, gyldigFra, Titelkilde.KLE, false, null, false, false, true));
    }

    public void send(KommuneindstillingCommand kommando) {
        afsender.send(Aggregattype.KOMMUNEINDSTILLING, kommando.kommune().value(), kommando, UUID.randomUUID(), null,
                new Kalder(new Aktoer("test", Rolle.KONFIGURATOR), kommando.kommune()));
    }
}
