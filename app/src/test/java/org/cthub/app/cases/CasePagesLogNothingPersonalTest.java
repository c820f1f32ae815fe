package org.cthub.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import org.cthub.app.web.HttpSession;
import org.cthub.app.web.WebTest;
import org.cthub.store.casework.CaseFile;
import org.cthub.store.casework.CaseFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A distinctive name goes through every case page, including their failures (a wrong date, a lost race, a
 * forged form, another organisation's case), and must appear in no log line, message or stack trace.
 */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
class CasePagesLogNothingPersonalTest {

    static final String GIVEN = "Xochiquetzal";
    static final String FAMILY = "Wojciechowska";

    @LocalServerPort
    int port;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    CaseFiles cases;

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void listen() {
        events.start();
        root.addAppender(events);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(events);
    }

    @Test
    void neverWritesAPersonsNameToTheLog(CapturedOutput output) {
        CaseFixtures.Team team = fixtures.team("LOG");
        CaseFixtures.Team other = fixtures.team("OTH");
        HttpSession session = fixtures.loggedIn(port, team.caseworker());
        session.get("/cases/new");
        String location = session.post("/cases/new", Map.of("firstName", GIVEN, "secondName", FAMILY, "birthDate",
                "1993-08-21")).headers().firstValue("Location").orElseThrow();
        long caseId = Long.parseLong(location.replaceAll(".*/", ""));
        session.post("/cases/new", Map.of("firstName", GIVEN, "secondName", FAMILY, "birthDate", "1993-08-21"));
        session.get("/cases?reference=" + team.organisation().code());
        session.get("/cases/" + caseId);
        CaseFile file = cases.find(caseId).orElseThrow();
        Map<String, String> form = CaseFixtures.editForm(file);
        form.put("birthDate", "not a date " + GIVEN);
        session.post("/cases/" + caseId + "/edit", form);
        form.put("birthDate", "1993-08-22");
        session.post("/cases/" + caseId + "/edit", form);
        session.post("/cases/" + caseId + "/edit", form);
        session.postRaw("/cases/" + caseId + "/edit", form);
        session.post("/cases/" + caseId + "/comments/new", Map.of("comment", GIVEN + " said " + FAMILY));
        session.post("/cases/" + caseId + "/consent", Map.of("kind", "SHARING", "state", "WITHDRAWN", "givenOn",
                "1993-08-21", "scope", GIVEN));
        fixtures.loggedIn(port, other.caseworker()).post("/cases/" + caseId + "/edit", form);

        // The listeners hear the server's log: a line logged now must reach both.
        LoggerFactory.getLogger("org.cthub.app.cases").warn("canary {}", caseId);
        assertThat(output.getAll()).contains("canary " + caseId);
        assertThat(events.list).anySatisfy(event -> assertThat(event.getFormattedMessage()).isEqualTo(
                "canary " + caseId));
        assertThat(cases.find(caseId).orElseThrow().record().person().firstName()).isEqualTo(GIVEN);
        assertThat(output.getAll()).doesNotContain(GIVEN).doesNotContain(FAMILY);
        for (ILoggingEvent event : events.list) {
            assertThat(event.getFormattedMessage()).doesNotContain(GIVEN).doesNotContain(FAMILY);
            for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                assertThat(String.valueOf(thrown.getMessage())).doesNotContain(GIVEN).doesNotContain(FAMILY);
            }
        }
    }
}
