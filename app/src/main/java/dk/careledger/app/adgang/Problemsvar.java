package dk.careledger.app.adgang;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes the problem+json answers that Spring Security gives before any controller runs (401 and 403), in the same
 * shape as {@code ApiFejlhaandtering}'s: {@code type}, {@code title} and {@code fejlkode} are the stable code.
 */
final class Problemsvar {
    private Problemsvar() {
    }

    static void skriv(HttpServletResponse response, int status, String fejlkode, String besked) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write("{\"type\":\"urn:careledger:fejl:" + fejlkode + "\",\"title\":\"" + fejlkode + "\",\"status\":" + status
                + ",\"detail\":\"" + besked.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"fejlkode\":\"" + fejlkode
                + "\",\"felt\":" + (status == 401 ? "\"Authorization\"" : "null") + "}");
    }
}
