package dk.careledger.indeksfeed.sagsindeks;

import static dk.careledger.indeksfeed.sagsindeks.Registreringer.AFSENDER;
import static dk.careledger.indeksfeed.sagsindeks.Registreringer.CPR;
import static dk.careledger.indeksfeed.sagsindeks.Registreringer.EGEN_TITEL;
import static dk.careledger.indeksfeed.sagsindeks.Registreringer.KLE_TITEL;
import static dk.careledger.indeksfeed.sagsindeks.Registreringer.KOMMUNE;
import static dk.careledger.indeksfeed.sagsindeks.Registreringer.MASTER;
import static dk.careledger.indeksfeed.sagsindeks.Registreringer.afgjortSag;
import static dk.careledger.indeksfeed.sagsindeks.Registreringer.d;
import static dk.careledger.indeksfeed.sagsindeks.Registreringer.p;
import static dk.careledger.indeksfeed.sagsindeks.Xml.relation;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.indeksfeed.Personident;
import dk.careledger.indeksfeed.Personident.Identtype;
import dk.careledger.indeksfeed.sagsindeks.Indeksklassifikation.Rolle;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Operation;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Titel;
import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Given a Sagsregistrering, when rendered for the Sags- og Dokumentindeks, then the XML is what the schema and anvisning want. */
class SagsindeksXmlTest {
    private static final Skemavalidering SKEMA = Skemavalidering.sagsindeks();

    private final Registreringer reg = Registreringer.nye();

    /** Renders, and holds the rendering to the schema and the anvisning before any test looks at it. */
    private Xml gyldig(Sagsregistrering r) {
        String xml = reg.xml().xml(r);
        assertThat(SKEMA.valider(xml)).as("schema errors in%n%s", xml).isEmpty();
        assertThat(Anvisningskontrol.kontroller(r)).as("anvisning on the registration").isEmpty();
        assertThat(Anvisningskontrol.kontrollerDokument(xml)).as("anvisning on the document%n%s", xml).isEmpty();
        return Xml.af(xml);
    }

    @ParameterizedTest
    @EnumSource(Fremdrift.class)
    void aSagInEveryFremdriftStateRendersAsAValidImporterWithItsWholeHistory(Fremdrift fremdrift) {
        Sagsregistrering r = afgjortSag().i(fremdrift).byg();

        Xml x = gyldig(r);

        assertThat(x.tekster("/sdi:ImporterSagDokumentIndeksInput/sdi:SagIndeks/sag:Registrering/sag:TilstandListe/sag:Fremdrift/sag:FremdriftStatusKode"))
                .hasSize(fremdrift.ordinal() + 1).startsWith("Opstaaet").endsWith(SagsindeksXml.statusKode(fremdrift));
    }

    @ParameterizedTest
    @EnumSource(Fremdrift.class)
    void aSagInEveryFremdriftStateRendersAsAValidOpdaterWithItsWholeHistory(Fremdrift fremdrift) {
        Sagsregistrering r = afgjortSag().i(fremdrift).opdater().byg();

        Xml x = gyldig(r);

        assertThat(x.tekster("/sdi:OpdaterSagDokumentIndeksInput/sdi:OpdaterSagIndeks/sag:TilstandListe/sag:Fremdrift/sag:FremdriftStatusKode"))
                .hasSize(fremdrift.ordinal() + 1).startsWith("Opstaaet").endsWith(SagsindeksXml.statusKode(fremdrift));
    }

    @Test
    void anImporterCarriesTheRegistrationWithTidspunktLivscyklusImporteretAndTheActorAsBrugerRef() {
        Xml x = gyldig(afgjortSag().byg());

        String reg = "/sdi:ImporterSagDokumentIndeksInput/sdi:SagIndeks/sag:Registrering/";
        assertThat(x.tekst("/sdi:ImporterSagDokumentIndeksInput/sdi:SagIndeks/sd:UUIDIdentifikator")).isEqualTo(Registreringer.SAG.toString());
        assertThat(x.tekst(reg + "sd:Tidspunkt")).isEqualTo("2026-02-01T10:15:30.000Z");
        assertThat(x.tekst(reg + "sd:LivscyklusKode")).isEqualTo("Importeret");
        assertThat(x.tekst(reg + "sd:BrugerRef/sd:UUIDIdentifikator")).isEqualTo(Indeksklassifikation.bruger(KOMMUNE, "sb-0001").toString());
    }

    @Test
    void anOpdaterHasNoRegistreringButItsOwnTidspunktLastAndTheActorInEveryVirkning() {
        Sagsregistrering r = afgjortSag().opdater().byg();
        r = new Sagsregistrering(r.operation(), r.sagUuid(), r.tidspunkt(), "sb-0042", r.sagsnummer(), r.titel(), r.kleEmne(), r.handlingsfacet(),
                r.foelsomhed(), r.ejerCvr(), r.ansvarligEnhed(), r.primaerBehandler(), r.primaerBehandlerFra(), r.borgerId(), r.masterItSystem(),
                r.afsenderItSystem(), r.afgoerelsesklasse(), r.sagsstatus(), r.skjultForBorger(), r.opstaaetDato(), r.oprettetTidspunkt(), r.tilstande());

        Xml x = gyldig(r);

        String op = "/sdi:OpdaterSagDokumentIndeksInput/sdi:OpdaterSagIndeks";
        assertThat(x.antal("//sag:Registrering")).isZero();
        assertThat(x.antal("//sd:LivscyklusKode")).isZero();
        assertThat(x.tekst(op + "/*[last()]/self::sdi:Tidspunkt")).isEqualTo("2026-02-01T10:15:30.000Z");
        assertThat(x.tekst(op + "/sd:UUIDIdentifikator")).isEqualTo(Registreringer.SAG.toString());
        String sb42 = Indeksklassifikation.bruger(KOMMUNE, "sb-0042").toString();
        assertThat(x.tekst(op + "/sag:AttributListe/sag:Egenskaber/sag:Virkning/sd:AktoerRef/sd:UUIDIdentifikator")).isEqualTo(sb42);
        assertThat(x.tekst(relation(Rolle.EJER) + "/gd:Virkning/sd:AktoerRef/sd:UUIDIdentifikator")).isEqualTo(sb42);
        assertThat(x.tekst(relation(Rolle.EJER) + "/gd:Virkning/sd:AktoerTypeKode")).isEqualTo("Bruger");
    }

    @Test
    void theFremdriftPeriodsRunFromInclusiveToExclusiveInDanishTimeAndTheLastIsOpenWithAGraenseIndikator() {
        Sagsregistrering r = afgjortSag().i(Fremdrift.AFSLUTTET).tilstande(p(Fremdrift.OPSTAAET, "2026-03-20", "2026-04-02"),
                p(Fremdrift.OPLYST, "2026-04-02", "2026-04-02"), p(Fremdrift.AFGJORT, "2026-04-02", "2026-05-01"),
                p(Fremdrift.AFSLUTTET, "2026-05-01", null)).byg();
        r = new Sagsregistrering(r.operation(), r.sagUuid(), r.tidspunkt(), r.brugerRef(), r.sagsnummer(), r.titel(), r.kleEmne(),
                r.handlingsfacet(), r.foelsomhed(), r.ejerCvr(), r.ansvarligEnhed(), r.primaerBehandler(), r.primaerBehandlerFra(), r.borgerId(),
                r.masterItSystem(), r.afsenderItSystem(), r.afgoerelsesklasse(), r.sagsstatus(), r.skjultForBorger(), d("2026-03-20"),
                r.oprettetTidspunkt(), r.tilstande());

        Xml x = gyldig(r);

        String f = "//sag:TilstandListe/sag:Fremdrift";
        assertThat(x.tekster(f + "/sag:Virkning/sd:FraTidspunkt/sd:TidsstempelDatoTid")).containsExactly("2026-03-20T00:00:00.000+01:00",
                "2026-04-02T00:00:00.000+02:00", "2026-04-02T00:00:00.000+02:00", "2026-05-01T00:00:00.000+02:00");
        assertThat(x.tekster(f + "/sag:Virkning/sd:TilTidspunkt/sd:TidsstempelDatoTid")).containsExactly("2026-04-02T00:00:00.000+02:00",
                "2026-04-02T00:00:00.000+02:00", "2026-05-01T00:00:00.000+02:00");
        assertThat(x.tekst(f + "[4]/sag:Virkning/sd:TilTidspunkt/sd:GraenseIndikator")).isEqualTo("true");
    }

    @Test
    void theEgenskaberCarryTheSagsnummerTwiceAndTheDecryptedTitle() {
        Xml x = gyldig(afgjortSag().byg());

        String e = "//sag:AttributListe/sag:Egenskaber/";
        assertThat(x.tekst(e + "sag:BrugervendtNoegle")).isEqualTo("27.36.04-G01-17-26");
        assertThat(x.tekst(e + "sag:Sagsnummer")).isEqualTo("27.36.04-G01-17-26");
        assertThat(x.tekst(e + "sag:Titel")).isEqualTo(EGEN_TITEL);
        assertThat(x.antal(e + "sag:OffentlighedUndtaget")).isZero();
        assertThat(x.tekst(e + "sag:Virkning/sd:FraTidspunkt/sd:TidsstempelDatoTid")).isEqualTo("2026-01-05T00:00:00.000+01:00");
    }

    @Test
    void theSagIndeksEgenskaberCarrySagsstatusFoelsomhedAndOprettetTidspunkt() {
        Xml x = gyldig(afgjortSag().byg());

        String s = "//sag:AttributListe/gd:LokalUdvidelseListe/si:SagIndeksEgenskaber/";
        assertThat(x.tekst(s + "si:Sagsstatus")).isEqualTo("Afgjort – bevilling");
        assertThat(x.tekst(s + "si:Foelsomhed")).isEqualTo("FOELSOMME_PERSONOPLYSNINGER");
        assertThat(x.tekst(s + "si:OprettetTidspunkt")).isEqualTo("2026-01-05T08:00:00.000Z");
        assertThat(x.tekst(s + "gd:Virkning/sd:TilTidspunkt/sd:GraenseIndikator")).isEqualTo("true");
    }

    @Test
    void anExemptSagShowsTheKleTitleAndKeepsItsOwnTitleAsTheNonPublicTitleWithItsLegalBasis() {
        Registreringer.Byg b = afgjortSag();
        b.titel = new Titel(KLE_TITEL, Registreringer.BORGER, Registreringer.CHIFFER, true);

        Xml x = gyldig(b.byg());

        String e = "//sag:AttributListe/sag:Egenskaber/";
        assertThat(x.tekst(e + "sag:Titel")).isEqualTo(KLE_TITEL);
        assertThat(x.tekst(e + "sag:OffentlighedUndtaget/sd:TitelAlternativTekst")).isEqualTo(EGEN_TITEL);
        assertThat(x.tekst(e + "sag:OffentlighedUndtaget/sd:OffentlighedUndtagetHjemmelTekst")).isEqualTo(SagsindeksXml.HJEMMEL_UNDTAGET);
    }

    @Test
    void aForgottenCitizensSagKeepsEverythingButTheirTitleAndIdentityAndStaysValid() {
        reg.glem();

        Xml x = gyldig(afgjortSag().byg());

        assertThat(x.tekst("//sag:Egenskaber/sag:Titel")).isEqualTo(KLE_TITEL);
        assertThat(x.antal("//sag:Sagspart")).isZero();
        assertThat(x.antal("//sag:TilstandListe/sag:Fremdrift")).isEqualTo(3);
        assertThat(x.antal(relation(Rolle.EJER))).isEqualTo(1);
    }

    @Test
    void anExemptSagOfAForgottenCitizenHasNoNonPublicTitleLeft() {
        reg.glem();
        Registreringer.Byg b = afgjortSag();
        b.titel = new Titel(KLE_TITEL, Registreringer.BORGER, Registreringer.CHIFFER, true);

        Xml x = gyldig(b.byg());

        assertThat(x.tekst("//sag:Egenskaber/sag:Titel")).isEqualTo(KLE_TITEL);
        assertThat(x.antal("//sag:Egenskaber/sag:OffentlighedUndtaget")).isZero();
    }

    @Test
    void aCitizenWithCprIsThePrimaerPartByCprUrnWithTheirNameAsFuldtNavn() {
        Xml x = gyldig(afgjortSag().byg());

        String part = relation(Rolle.PRIMAER_PART);
        assertThat(x.antal(part)).isEqualTo(1);
        assertThat(x.tekst(part + "/gd:ReferenceID/sd:URNIdentifikator")).isEqualTo("urn:oio:cpr-nr:" + CPR);
        assertThat(x.tekst(part + "/gd:Type/sd:UUIDIdentifikator")).isEqualTo(Indeksklassifikation.Objekttype.PERSON.uuid.toString());
        assertThat(x.tekst(part + "/gd:LokalUdvidelseListe/si:SagspartLokalUdvidelse/si:FuldtNavn")).isEqualTo("Karen Jensen");
        assertThat(x.antal(part + "/gd:Indeks")).isZero();
    }

    @Test
    void aCitizenWithAnErstatningsCprAndANameIsThePrimaerPartByTheirFullNameAsTheAnvisningPrescribes() {
        reg.register.put(Registreringer.BORGER, new Personident(Identtype.ERSTATNINGS_CPR, "010190AB12", "Olga Petrova"));

        Xml x = gyldig(afgjortSag().byg());

        assertThat(x.tekst(relation(Rolle.PRIMAER_PART) + "/gd:ReferenceID/sd:URNIdentifikator")).isEqualTo("urn:oio:fuldtnavn:Olga Petrova");
        assertThat(x.tekst("/")).doesNotContain("010190AB12");
    }

    @Test
    void aCitizenWithAnErstatningsCprButNoNameAndAnAnonymousCitizenHaveNoPrimaerPart() {
        reg.register.put(Registreringer.BORGER, new Personident(Identtype.ERSTATNINGS_CPR, "010190AB12"));
        Xml udenNavn = gyldig(afgjortSag().byg());
        reg.register.put(Registreringer.BORGER, new Personident(Identtype.ANONYM, null));
        Xml anonym = gyldig(afgjortSag().byg());

        assertThat(udenNavn.antal("//sag:Sagspart")).isZero();
        assertThat(anonym.antal("//sag:Sagspart")).isZero();
    }

    @Test
    void theAktoererAreTheKommunesCvrAnOrgEnhedAndTheCaseworkerFromTheDayTheyGotTheSag() {
        Registreringer.Byg b = afgjortSag();
        b.primaerBehandlerFra = d("2026-01-12");

        Xml x = gyldig(b.byg());

        assertThat(x.tekst(relation(Rolle.EJER) + "/gd:ReferenceID/sd:URNIdentifikator")).isEqualTo("urn:oio:cvr-nr:" + KOMMUNE);
        assertThat(x.tekst(relation(Rolle.EJER) + "/gd:LokalUdvidelseListe/si:SagsaktoerLokalUdvidelse/si:CVR-Nummer")).isEqualTo(KOMMUNE);
        assertThat(x.tekst(relation(Rolle.EJER) + "/gd:Virkning/sd:TilTidspunkt/sd:GraenseIndikator")).isEqualTo("true");
        assertThat(x.tekst(relation(Rolle.ANSVARLIG) + "/gd:ReferenceID/sd:UUIDIdentifikator"))
                .isEqualTo(Indeksklassifikation.organisationsenhed(KOMMUNE, "hjemmepleje-nord").toString());
        assertThat(x.tekst(relation(Rolle.ANSVARLIG) + "/gd:Type/sd:UUIDIdentifikator"))
                .isEqualTo(Indeksklassifikation.Objekttype.ORGANISATIONSENHED.uuid.toString());
        assertThat(x.tekst(relation(Rolle.PRIMAER_BEHANDLER) + "/gd:Virkning/sd:FraTidspunkt/sd:TidsstempelDatoTid"))
                .isEqualTo("2026-01-12T00:00:00.000+01:00");
    }

    @Test
    void anOrgEnhedKeyLongerThanTheIndexsFiftyCharactersIsLeftOutOfTheExtensionNotCut() {
        Registreringer.Byg b = afgjortSag();
        b.ansvarligEnhed = "hjemmeplejen-distrikt-nord-aften-og-nat-team-7-vikarer";

        Xml x = gyldig(b.byg());

        assertThat(x.antal(relation(Rolle.ANSVARLIG) + "//si:BrugervendtNoegle")).isZero();
        assertThat(x.tekst(relation(Rolle.ANSVARLIG) + "/gd:ReferenceID/sd:UUIDIdentifikator"))
                .isEqualTo(Indeksklassifikation.organisationsenhed(KOMMUNE, b.ansvarligEnhed).toString());
    }

    @Test
    void aSagWithoutCaseworkerHasNoPrimaerBehandler() {
        Registreringer.Byg b = afgjortSag();
        b.primaerBehandler = null;
        b.primaerBehandlerFra = null;

        Xml x = gyldig(b.byg());

        assertThat(x.antal(relation(Rolle.PRIMAER_BEHANDLER))).isZero();
    }

    @Test
    void theKlasserCarryTheirKleNumbersAsBrugervendtNoegleBesideTheirNameBasedUuids() {
        Xml x = gyldig(afgjortSag().byg());

        String primaer = relation(Rolle.PRIMAER_KLASSE);
        assertThat(x.tekst(primaer + "/gd:ReferenceID/sd:UUIDIdentifikator")).isEqualTo(UUID.nameUUIDFromBytes("kle:27.36.04".getBytes()).toString());
        assertThat(x.tekst(primaer + "//si:BrugervendtNoegle")).isEqualTo("27.36.04");
        assertThat(x.tekst(primaer + "//si:Klassetitel")).isEqualTo(KLE_TITEL);
        assertThat(x.tekst(relation(Rolle.HANDLINGSKLASSE) + "//si:BrugervendtNoegle")).isEqualTo("G01");
    }

    @Test
    void theAfgoerelsesklasseIsRenderedWhenGivenFromTheDayOfTheAfgoerelseWithIndexOne() {
        Xml afgjort = gyldig(afgjortSag().byg());
        Xml oplyst = gyldig(afgjortSag().i(Fremdrift.OPLYST).byg());

        String klasse = relation(Rolle.AFGOERELSESKLASSE);
        assertThat(afgjort.tekst(klasse + "/gd:Indeks")).isEqualTo("1");
        assertThat(afgjort.tekst(klasse + "//si:BrugervendtNoegle")).isEqualTo("BEVILGET");
        assertThat(afgjort.tekst(klasse + "/gd:Virkning/sd:FraTidspunkt/sd:TidsstempelDatoTid")).isEqualTo("2026-02-01T00:00:00.000+01:00");
        assertThat(oplyst.antal(klasse)).isZero();
    }

    @Test
    void aSagHiddenFromTheCitizenCarriesTheVisningsklasseAndOthersDoNot() {
        Registreringer.Byg b = afgjortSag();
        b.skjultForBorger = true;

        Xml skjult = gyldig(b.byg());
        Xml synlig = gyldig(afgjortSag().byg());

        assertThat(skjult.antal(relation(Rolle.VISNINGSKLASSE))).isEqualTo(1);
        assertThat(skjult.tekst(relation(Rolle.VISNINGSKLASSE) + "//si:Klassetitel")).isEqualTo("Visning undtaget for borger");
        assertThat(synlig.antal(relation(Rolle.VISNINGSKLASSE))).isZero();
    }

    @Test
    void theMasterAndAfsenderItSystemsAreSagsitsystemRelationsWithTheirName() {
        Xml x = gyldig(afgjortSag().byg());

        String liste = "//sag:RelationListe/gd:LokalUdvidelseListe/si:SagsitsystemRelation";
        assertThat(x.antal(liste)).isEqualTo(2);
        assertThat(x.tekst(relation(Rolle.MASTER) + "/gd:ReferenceID/sd:UUIDIdentifikator")).isEqualTo(MASTER.toString());
        assertThat(x.tekst(relation(Rolle.AFSENDER) + "/gd:ReferenceID/sd:UUIDIdentifikator")).isEqualTo(AFSENDER.toString());
        assertThat(x.tekst(relation(Rolle.MASTER) + "/si:SystemNavn")).isEqualTo("CareLedger");
    }

    @Test
    void aStepTakenByTheLedgerItselfNamesTheMasterItSystemAsActor() {
        Registreringer.Byg b = afgjortSag();
        b.brugerRef = "careledger:revisitation-proces";

        Xml x = gyldig(b.byg());

        assertThat(x.tekst("//sag:Registrering/sd:BrugerRef/sd:URNIdentifikator")).isEqualTo("urn:oio:it-system-uuid:" + MASTER);
        assertThat(x.tekst(relation(Rolle.EJER) + "/gd:Virkning/sd:AktoerTypeKode")).isEqualTo("ItSystem");
        assertThat(x.tekst("//sag:Fremdrift[1]/sag:Virkning/sd:AktoerTypeKode")).as("the state's own actor is a user").isEqualTo("Bruger");
    }

    @Test
    void aTitleWithLineBreaksControlCharactersAndMarkupBecomesOneEscapedLineOfAtMost255Characters() {
        reg.noegler.put(Registreringer.CHIFFER, "  Hjælp <til> \"Karen\" & co\r\n\tefter\u0007 operation  " + "x".repeat(300));

        Xml x = gyldig(afgjortSag().byg());

        String titel = x.tekst("//sag:Egenskaber/sag:Titel");
        assertThat(titel).startsWith("Hjælp <til> \"Karen\" & co efter operation x").hasSize(255);
    }

    @Test
    void aRegistrationCanBeWrittenIntoAFeedPagesOwnDocument() throws Exception {
        SagsindeksXml xml = reg.xml();
        StringWriter side = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(side);
        w.writeStartDocument();
        w.writeStartElement("side");
        xml.skriv(afgjortSag().byg(), w);
        xml.skriv(afgjortSag().opdater().byg(), w);
        w.writeEndElement();
        w.writeEndDocument();
        w.close();

        Xml x = Xml.af(side.toString());

        assertThat(x.antal("/side/sdi:ImporterSagDokumentIndeksInput")).isEqualTo(1);
        assertThat(x.antal("/side/sdi:OpdaterSagDokumentIndeksInput//sag:Fremdrift")).isEqualTo(3);
    }

    @Test
    void aThousandDifferentRegistrationsAllRenderValidAndKeepTheAnvisning() {
        SagsindeksXml xml = reg.xml();
        Fremdrift[] tilstande = Fremdrift.values();
        int gyldige = 0;
        for (int i = 0; i < 1000; i++) {
            Registreringer.Byg b = afgjortSag().i(tilstande[i % tilstande.length]);
            b.sagUuid = UUID.nameUUIDFromBytes(("sag-" + i).getBytes());
            b.operation = i % 3 == 0 ? Operation.IMPORTER : Operation.OPDATER;
            b.tidspunkt = Instant.parse("2026-02-01T10:15:30Z").plusSeconds(i);
            b.skjultForBorger = i % 7 == 0;
            b.primaerBehandler = i % 5 == 0 ? null : "sb-" + i;
            Sagsregistrering r = b.byg();
            String dokument = xml.xml(r);
            if (SKEMA.valider(dokument).isEmpty() && Anvisningskontrol.kontroller(r).isEmpty()
                    && Anvisningskontrol.kontrollerDokument(dokument).isEmpty()) {
                gyldige++;
            }
        }
        assertThat(gyldige).isEqualTo(1000);
    }
}
