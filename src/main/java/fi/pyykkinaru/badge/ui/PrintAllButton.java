package fi.pyykkinaru.badge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fi.pyykkinaru.badge.BadgePrinting;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.event.Event;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Prints every visitor's badge on A4 sheets as one job, filling its progress bar while the sheets are drawn. The
 * bar is the view's to place: beside the button, in the toolbar's row.
 */
class PrintAllButton extends Button {

    final ProgressBar progress = new ProgressBar();
    private final Event event;
    private final Registrations registrations;
    private final BadgePrinting badges;
    private final Consumer<String> say;

    PrintAllButton(Event event, Registrations registrations, BadgePrinting badges, Consumer<String> say) {
        this.event = event;
        this.registrations = registrations;
        this.badges = badges;
        this.say = say;
        setId("registrations-print-all");
        addClassName("big-button");
        addClickListener(e -> printAll());
        progress.setId("registrations-progress");
        progress.setVisible(false);
    }

    void localize() {
        setText(getTranslation("registrations.print-all"));
    }

    private void printAll() {
        List<Registration> everyone = registrations.all(event);
        if (everyone.isEmpty()) {
            say.accept(getTranslation("registrations.empty"));
            return;
        }
        UI ui = UI.getCurrent();
        setEnabled(false);
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(everyone.size());
        progress.setValue(0);
        say.accept(getTranslation("registrations.print-all.running", everyone.size()));
        // Drawn off the request thread, so the console stays usable and shows how far it got.
        CompletableFuture.supplyAsync(() -> badges.printSheets(everyone, event,
                done -> {
                    if (done % 10 == 0 || done == everyone.size()) {
                        ui.access(() -> progress.setValue(done));
                    }
                }))
                .whenComplete((job, failure) -> ui.access(() -> {
                    setEnabled(true);
                    progress.setVisible(false);
                    say.accept(failure == null ? getTranslation("registrations.print-all.queued", everyone.size(), job.id())
                            : getTranslation("registrations.print-all.failed"));
                }));
    }
}
