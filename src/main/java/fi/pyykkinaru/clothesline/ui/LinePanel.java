package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.clothesline.Catalogue;
import fi.pyykkinaru.clothesline.CatalogueEntry;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.SlipVoices;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.clothesline.WallPage;
import fi.pyykkinaru.clothesline.WallSlip;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One clothesline on the wall: its prompt and a page of its newest slips. A line never holds more than one page
 * of slips in the DOM, so a wall of thousands of slips stays light; older pages are a tap away.
 */
class LinePanel extends Section {

    static final int PAGE_SIZE = 24;

    final Line line;
    final H2 prompt = new H2();
    final Span count = new Span();
    final Button add = new Button();
    final Div slips = new Div();
    final NativeButton more = new NativeButton();
    final Button newer = new Button();
    final Button older = new Button();
    private final Slips service;
    private final SlipVoices voices;
    private final Consumer<WallSlip> onOpen;
    private final Catalogue catalogue;
    private final Consumer<CatalogueEntry> onOpenEntry;
    private final Set<Long> shown = new HashSet<>();
    private int page;
    private long total;
    /** A page read from the database is shown, and no live update was missed since (the panel stayed attached). */
    private boolean drawn;
    private long yours = -1;
    private @Nullable Consumer<String> announcer;

    /** {@code writable}: the line takes new slips here; a closed line or a catalogue keeps its slips, without "+". */
    LinePanel(Line line, Slips service, SlipVoices voices, Consumer<WallSlip> onOpen, Consumer<Line> onAdd,
            boolean writable, Catalogue catalogue, Consumer<CatalogueEntry> onOpenEntry) {
        this.line = line;
        this.service = service;
        this.voices = voices;
        this.onOpen = onOpen;
        this.catalogue = catalogue;
        this.onOpenEntry = onOpenEntry;
        setId("line-" + line.code());
        addClassName("line");
        if (line.kind() == LineKind.CATALOGUE) {
            addClassName("line--catalogue");
        }
        count.addClassName("line-count");
        add.setId("start-report-" + line.code());
        add.addClassName("line-add");
        add.addClickListener(e -> onAdd.accept(line));
        add.setVisible(writable);
        Div head = new Div(prompt, count, add);
        head.addClassName("line-head");
        slips.addClassName("line-slips");
        // Enter or space on a focused slip taps it, in the browser: no key listener per slip on the server. A line
        // is one Tab stop (its slips would be dozens): the arrows, Home and End move along it.
        slips.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  const slip = e.target.closest('[data-slip], .catalogue-card');
                  if (!slip) return;
                  if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); slip.click(); return; }
                  const all = [...this.querySelectorAll('[data-slip], .catalogue-card')];
                  const i = all.indexOf(slip);
                  const to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1,
                               Home: 0, End: all.length - 1 }[e.key];
                  if (to === undefined) return;
                  e.preventDefault();
                  const next = all[Math.max(0, Math.min(all.length - 1, to))];
                  all.forEach(s => s.setAttribute('tabindex', s === next ? '0' : '-1'));
                  next.focus();
                });""");
        more.setId("line-more-" + line.code());
        more.addClassName("line-more");
        Div rope = new Div(slips, more);
        rope.addClassName("line-rope");
        // Which slips are out of sight depends on the screen and the scroll: counted in the browser, on the
        // server's page of slips; a tap scrolls the next ones in (the line snaps to whole slips).
        rope.getElement().executeJs("""
                const slips = $0, more = $1;
                more.hidden = true;
                const update = () => {
                  const edge = slips.getBoundingClientRect().right;
                  const out = [...slips.children].filter(s => s.getBoundingClientRect().right > edge + 1).length;
                  more.hidden = out === 0;
                  more.textContent = '+' + out + ' \u203a';
                  slips.classList.toggle('line-slips--more', out > 0);
                };
                slips.addEventListener('scroll', update, { passive: true });
                new ResizeObserver(update).observe(slips);
                new MutationObserver(update).observe(slips, { childList: true });
                more.addEventListener('click', () => slips.scrollBy({ left: slips.clientWidth * 0.8, behavior: 'smooth' }));
                update();""", slips.getElement(), more.getElement());
        newer.setId("line-newer-" + line.code());
        newer.addClickListener(e -> showPage(page - 1));
        older.setId("line-older-" + line.code());
        older.addClickListener(e -> showPage(page + 1));
        Div pager = new Div(newer, older);
        pager.addClassName("line-pager");
        add(head, rope, pager);
    }

    /** Texts in the current language, and the current page drawn again (region names are translated too). */
    void localize() {
        prompt.setText(line.prompt().in(getLocale()));
        add.setText(getTranslation("wall.add"));
        add.getElement().setAttribute("aria-label", getTranslation("wall.add.to", line.prompt().in(getLocale())));
        newer.setText(getTranslation("wall.newer"));
        older.setText(getTranslation("wall.older"));
        more.getElement().setAttribute("aria-label", getTranslation("wall.more"));
        if (!drawn || line.kind() == LineKind.CATALOGUE) {
            showPage(page);
            return;
        }
        // A language tap changes no slip: the cards shown are drawn again in the new words without the database. Read
        // again, every line's page waited behind the phones' votes for a connection and HSQLDB's lock during a burst
        // (README, Performance).
        String mine = getTranslation("wall.yours");
        String inCatalogue = getTranslation("wall.in-catalogue");
        cards().forEach(card -> card.localize(mine, inCatalogue, n -> getTranslation("slip.voices.count", n)));
        labelPage();
    }

    /** The line's count of slips and the page's name for screen readers, in the screen's language. */
    private void labelPage() {
        count.setText(getTranslation("wall.count", total));
        slips.getElement().setAttribute("aria-label", getTranslation("wall.page", page + 1));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detach) {
        super.onDetach(detach);
        // Away from the screen it heard no live update: read the page again when it is shown next.
        drawn = false;
    }

    /** A slip was pegged or moderated on this line: the newest page shows it; an older page stays put. */
    void changed() {
        if (page == 0) {
            Set<Long> before = Set.copyOf(shown);
            showPage(0);
            if (announcer != null) {
                cards().filter(c -> !before.contains(c.id()) && c.id() != yours).forEach(c -> announcer.accept(
                        getTranslation("keys.wall.new-slip", line.prompt().in(getLocale()), c.title())));
            }
        }
    }

    /** Where a slip that arrives live is said, for screen readers (the wall's live region). */
    void announceNewSlips(Consumer<String> announcer) {
        this.announcer = announcer;
    }

    int page() {
        return page;
    }

    void showPage(int requested) {
        if (line.kind() == LineKind.CATALOGUE) {
            showEntries(requested);
            return;
        }
        WallPage wallPage = service.wallPage(line, Math.max(0, requested), PAGE_SIZE);
        page = wallPage.page();
        total = wallPage.total();
        drawn = true;
        slips.removeAll();
        Set<Long> before = Set.copyOf(shown);
        shown.clear();
        Map<Long, Long> plusOnes = voices.ofSlips(wallPage.slips().stream().map(WallSlip::id).toList());
        for (WallSlip slip : wallPage.slips()) {
            SlipCard card = new SlipCard(slip.id());
            long count = plusOnes.getOrDefault(slip.id(), 0L);
            card.voices(count, getTranslation("slip.voices.count", count));
            card.show(slip.title(), slip.region());
            card.getElement().setAttribute("role", "button");
            card.getElement().setAttribute("tabindex", shown.isEmpty() ? "0" : "-1");
            card.getElement().setAttribute("data-slip", String.valueOf(slip.id()));
            if (slip.id() == yours) {
                card.markYours(getTranslation("wall.yours"));
                // Drawn again by a live update (such as the +1 its writer just added): still brought into view.
                card.getElement().executeJs("this.scrollIntoView({block: 'nearest', inline: 'center'})");
            } else if (!before.isEmpty() && !before.contains(slip.id())) {
                card.addClassName("slip--new");
            }
            // Only the id stays with an open wall; the slip is read again when tapped (and only if still shown).
            long id = slip.id();
            card.addClickListener(e -> service.published(id).ifPresent(onOpen));
            slips.add(card);
            shown.add(slip.id());
        }
        Set<Long> inCatalogue = catalogue.linked(shown);
        cards().filter(c -> inCatalogue.contains(c.id()))
                .forEach(c -> c.markInCatalogue(getTranslation("wall.in-catalogue")));
        newer.setVisible(wallPage.hasNewer());
        older.setVisible(wallPage.hasOlder());
        labelPage();
    }

    /** A catalogue line's page of entries, in the catalogue's order (by title), as printed cards. */
    private void showEntries(int requested) {
        List<CatalogueEntry> entries = catalogue.ofLine(line.requireId());
        int pages = Math.max(1, (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.min(Math.max(0, requested), pages - 1);
        slips.removeAll();
        for (CatalogueEntry entry : entries.subList(page * PAGE_SIZE, Math.min(entries.size(), (page + 1) * PAGE_SIZE))) {
            CatalogueCard card = new CatalogueCard(entry, entry.region() == null ? ""
                    : getTranslation(entry.region().labelKey()));
            // Read again when tapped: an organiser may have edited or removed it since.
            long id = entry.requireId();
            card.addClickListener(e -> catalogue.find(id).ifPresent(onOpenEntry));
            card.getElement().setAttribute("tabindex", slips.getComponentCount() == 0 ? "0" : "-1");
            slips.add(card);
        }
        count.setText(getTranslation("wall.count.catalogue", entries.size()));
        newer.setVisible(page > 0);
        older.setVisible(page < pages - 1);
        slips.getElement().setAttribute("aria-label", getTranslation("wall.page", page + 1));
    }

    /**
     * The writer's own slip, just pegged: marked as theirs and scrolled into view along the line (it is on the
     * newest page), also when the live update that brought it draws the page again.
     */
    void highlight(long slipId) {
        yours = slipId;
        cards().filter(c -> c.id() == slipId).forEach(card -> {
            card.markYours(getTranslation("wall.yours"));
            card.getElement().executeJs("this.scrollIntoView({block: 'nearest', inline: 'center'})");
        });
    }

    void clearHighlight() {
        if (yours < 0) {
            return;
        }
        cards().filter(c -> c.id() == yours).forEach(card -> card.show(card.title(), card.region()));
        yours = -1;
    }

    private java.util.stream.Stream<SlipCard> cards() {
        return slips.getChildren().filter(SlipCard.class::isInstance).map(SlipCard.class::cast);
    }
}
