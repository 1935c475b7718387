package fi.pyykkinaru.harvest;

import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.PersonalData;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production team's names and e-mails. The retention purge takes the e-mails and keeps the names, which the
 * reports' follow-up (one a week, for months) shows; a member who asks is erased whole, their place kept.
 */
@Component
class TeamPersonalData implements PersonalData {

    private final TeamRepository team;

    TeamPersonalData(TeamRepository team) {
        this.team = team;
    }

    @Override
    public String kind() {
        return "TEAM";
    }

    @Override
    @Transactional
    public int purge(long eventId) {
        List<TeamMember> holding = team.findAllById(team.idsWithEmail(eventId));
        holding.forEach(member -> team.save(member.withoutPersonalData()));
        return holding.size();
    }

    @Override
    @Transactional(readOnly = true)
    public int holding(long eventId) {
        return team.idsWithEmail(eventId).size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Match> find(String needle) {
        return team.findAllById(team.idsNaming(PersonalData.contains(needle))).stream()
                .map(member -> new Match(kind(), member.requireId(), member.name())).toList();
    }

    @Override
    @Transactional
    public void erase(String ref) {
        team.findById(Long.parseLong(ref)).ifPresent(member -> team.save(member.withoutName(ERASED)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> handOver(String ref) {
        return team.findById(Long.parseLong(ref)).map(member -> PersonalData.fields("name", member.name(),
                "email", member.email(), "away", member.absent(), "place_in_rotation", member.position()))
                .orElse(Map.of());
    }
}
