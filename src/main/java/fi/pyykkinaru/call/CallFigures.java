package fi.pyykkinaru.call;

import fi.pyykkinaru.harvest.HarvestFigures;
import fi.pyykkinaru.i18n.Translations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many were chosen of how many applied, per call of the event, for the harvest's overview. Drafts never sent
 * are not counted as applied; a withdrawn proposal was sent, so it is.
 */
@Component
class CallFigures implements HarvestFigures {

    private final CallRepository calls;
    private final ProposalRepository proposals;
    private final Translations translations;

    CallFigures(CallRepository calls, ProposalRepository proposals, Translations translations) {
        this.calls = calls;
        this.proposals = proposals;
        this.translations = translations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(long eventId, Locale locale) {
        List<Figure> figures = new ArrayList<>();
        for (Call call : calls.findByEventIdOrderByOpensAtAsc(eventId)) {
            List<Proposal> sent = proposals.findByCallIdOrderByCreatedAtAsc(call.requireId()).stream()
                    .filter(p -> p.status() != ProposalStatus.DRAFT).toList();
            long chosen = sent.stream().filter(p -> p.status() == ProposalStatus.CHOSEN).count();
            figures.add(new Figure(translations.getTranslation("harvest.figure.call." + call.kind().name(), locale),
                    translations.getTranslation("harvest.figure.call.value", locale, sent.size(), chosen)));
        }
        return figures;
    }
}
