package fi.pyykkinaru.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.Sessions;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@PyykkinaruTest
@WithMockUser(roles = {"ORGANISER", "STAFF"})
class ProgrammeAdminViewTest extends SpringBrowserlessTest {

    @Autowired Sessions sessions;
    @Autowired Feedback feedback;
    @Autowired ThisStand stand;

    private int programmeSize() {
        return sessions.programme(stand.event().id()).size();
    }

    @Test
    void an_organiser_adds_a_session_and_bad_times_are_answered_next_to_the_field() {
        ProgrammeAdminView view = navigate(ProgrammeAdminView.class);
        int before = programmeSize();
        test(view.add).click();
        SessionDialog dialog = find(SessionDialog.class).single();
        test(dialog.title).setValue("Uusi työpaja");
        dialog.start.setValue(LocalTime.of(15, 0));
        dialog.end.setValue(LocalTime.of(14, 0));

        test(dialog.save).click();
        assertThat(dialog.end.isInvalid()).isTrue();
        assertThat(dialog.title.getValue()).isEqualTo("Uusi työpaja");

        dialog.end.setValue(LocalTime.of(16, 0));
        test(dialog.save).click();

        assertThat(programmeSize()).isEqualTo(before + 1);
        assertThat(test(view.grid).size()).isEqualTo(before + 1);
    }

    @Test
    void paper_counts_entered_by_staff_join_the_results() {
        ProgrammeAdminView view = navigate(ProgrammeAdminView.class);
        Session session = test(view.grid).getRow(0);
        long before = feedback.result(session).count();
        var countsButton = ((com.vaadin.flow.component.html.Div) test(view.grid).getCellComponent(0, 5)).getChildren()
                .filter(c -> c.getId().orElse("").equals("programme-counts-" + session.token())).findFirst().orElseThrow();

        test((com.vaadin.flow.component.button.Button) countsButton).click();
        CountsDialog dialog = find(CountsDialog.class).single();
        dialog.channel.setValue(Channel.PAPER);
        dialog.counts.get(Score.P1).setValue(4);
        dialog.counts.get(Score.M2).setValue(1);
        test(dialog.save).click();

        assertThat(feedback.result(session).count()).isEqualTo(before + 5);
        assertThat(feedback.result(session).countedByStaff()).isGreaterThanOrEqualTo(5);
        assertThat(view.importResult.getElement().getTextRecursively()).isEqualTo("Määrät tallennettiin.");
    }

    @Test
    void an_uploaded_programme_with_bad_rows_is_reported_and_nothing_is_imported() {
        ProgrammeAdminView view = navigate(ProgrammeAdminView.class);
        int before = programmeSize();
        byte[] csv = "title;start;end\nHyvä;2026-11-23 10:00;2026-11-23 11:00\n;2026-11-23 10:00;x\n"
                .getBytes(StandardCharsets.UTF_8);

        test(view.upload).upload("ohjelma.csv", "text/csv", csv);

        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .containsExactly("Rivi 3: Otsikko puuttuu.",
                        "Rivi 3: Aikaa x sarakkeessa end ei ymmärretty. Käytä muotoa 2026-11-23 10:00.");
        assertThat(programmeSize()).isEqualTo(before);
    }

    @Test
    void a_good_upload_adds_its_sessions() {
        ProgrammeAdminView view = navigate(ProgrammeAdminView.class);
        int before = programmeSize();
        byte[] csv = "title,start,end,room\nTuotu A,2026-11-23 15:00,2026-11-23 15:30,Sali A\nTuotu B,2026-11-23 16:00,2026-11-23 16:30,Sali B\n"
                .getBytes(StandardCharsets.UTF_8);

        test(view.upload).upload("ohjelma.csv", "text/csv", csv);

        assertThat(view.importResult.getElement().getTextRecursively()).isEqualTo("Tuotiin 2 sessiota.");
        assertThat(programmeSize()).isEqualTo(before + 2);
    }
}
