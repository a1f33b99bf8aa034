package dk.careledger.ui.revisor;

import dk.careledger.domain.adgang.Bruger;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the revisor's pages need from the application that the UI module cannot reach itself (the proof and the
 * aktindsigt export live in {@code app}, which depends on {@code ui}, not the other way round): {@code app} provides it
 * in-process (ADR 0027), the way the other pages call the query side's services.
 */
public interface Revisorkilde {

    /** Both logs verified against their proofs now, as {@code GET /api/bevis/verifikation} answers. */
    Map<String, Object> verifikation();

    /** The aktindsigt export for a citizen or a sag as a file: JSON, or the printable HTML when {@code udskrift}. Logged as a read. */
    Udtraek aktindsigt(Emne emne, UUID id, boolean udskrift, Bruger bruger);

    /** What an aktindsigt is for. */
    enum Emne {
        BORGER, SAG
    }

    /** A file to download. */
    record Udtraek(String filnavn, String medietype, byte[] indhold) {
        /** As an HTTP answer: its type, to be saved under its name ({@code Content-Disposition: attachment}). */
        public ResponseEntity<byte[]> somFil() {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(medietype))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filnavn).build().toString())
                    .body(indhold);
        }
    }
}
