package db.migration;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Answers become unlinkable. Until now a voter's mark was a keyed hash under a key of the server's own (in
 * server_secret): with the database, the key and a badge code anybody could find a registered person's answers, and
 * one phone's marks were the same in every session. From now on marks are keyed by what the voter carries
 * (session.VoterTags), which the server cannot recreate, so the old marks are of no use to it either: the rows that
 * only told who had answered go, the question votes (which are the counts) get a random mark each, held questions a
 * random asker, and the server's voter keys are dropped. The times of marking go too: next to a registration's time
 * they would tell who answered. A voter who answered before the update and answers again counts as a new voter there.
 * In Java because the databases share no function for random values.
 */
public class V20__unlinkable_answers extends BaseJavaMigration {

    private final SecureRandom random = new SecureRandom();

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("delete from feedback_voter");
            sql.executeUpdate("delete from closing_respondent");
            sql.executeUpdate("delete from server_secret where name in "
                    + "('feedback-voter', 'question-asker', 'question-voter', 'closing-respondent')");
        }
        List<Object[]> votes = new ArrayList<>();
        try (Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select question_id, voter_hash from question_vote")) {
            while (rs.next()) {
                votes.add(new Object[] {rs.getLong(1), rs.getString(2)});
            }
        }
        try (PreparedStatement update = db.prepareStatement(
                "update question_vote set voter_hash = ? where question_id = ? and voter_hash = ?")) {
            for (Object[] vote : votes) {
                update.setString(1, randomMark());
                update.setLong(2, (Long) vote[0]);
                update.setString(3, (String) vote[1]);
                update.executeUpdate();
            }
        }
        List<Long> asked = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("select id from session_question")) {
            while (rs.next()) {
                asked.add(rs.getLong(1));
            }
        }
        try (PreparedStatement update = db.prepareStatement("update session_question set asker_hash = ? where id = ?")) {
            for (Long id : asked) {
                update.setString(1, randomMark());
                update.setLong(2, id);
                update.executeUpdate();
            }
        }
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("alter table feedback_voter drop column voted_at");
            sql.executeUpdate("alter table question_vote drop column voted_at");
            sql.executeUpdate("alter table closing_respondent drop column answered_at");
        }
    }

    private String randomMark() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
