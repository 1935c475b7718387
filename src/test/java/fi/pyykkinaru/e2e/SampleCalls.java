package fi.pyykkinaru.e2e;

import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.Jury;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sample event is shared by every browser test: a call a test opened goes with all in it, as if never made. */
final class SampleCalls {

    private SampleCalls() {
    }

    static void remove(Call call, Jury jury, JdbcClient jdbc) {
        long id = call.requireId();
        jury.of(id).forEach(member -> jury.remove(member.requireId()));
        String proposals = "select id from proposal where call_id = " + id;
        jdbc.sql("delete from review_score where review_id in (select id from proposal_review where proposal_id in ("
                + proposals + "))").update();
        jdbc.sql("delete from proposal_review where proposal_id in (" + proposals + ")").update();
        jdbc.sql("delete from proposal_answer where proposal_id in (" + proposals + ")").update();
        jdbc.sql("delete from proposal_task where proposal_id in (" + proposals + ")").update();
        jdbc.sql("delete from proposal where call_id = ?").param(id).update();
        jdbc.sql("delete from call_question where call_id = ?").param(id).update();
        jdbc.sql("delete from call_criterion where call_id = ?").param(id).update();
        jdbc.sql("delete from open_call where id = ?").param(id).update();
    }
}
