package fi.pyykkinaru.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The visitor's accessibility choices, opened from the button with the accessibility symbol on every visitor screen:
 * large toggles that take effect at once and hold until the visit ends. Nothing has to be switched on elsewhere
 * first (European Accessibility Act), and the panel is itself usable in every mode it offers.
 */
class AccessibilityPanel extends Dialog {

    static final String ID = "a11y-panel";

    final Map<String, Button> toggles = new LinkedHashMap<>();
    final Map<VisitorAccess.Rate, Button> rates = new EnumMap<>(VisitorAccess.Rate.class);
    final Button close = new Button();
    private final Div rateGroup = new Div();
    private final Map<Button, Switch> switches = new LinkedHashMap<>();

    /** What a toggle shows: its mode, and its state in words. */
    private record Switch(VisitorAccess.Mode mode, Span state) {
    }

    AccessibilityPanel() {
        setId(ID);
        addClassName("a11y-panel");
        setHeaderTitle(getTranslation("a11y.title"));
        getElement().setAttribute("aria-label", getTranslation("a11y.title"));
        setMaxWidth("min(46rem, 96vw)");
        setMaxHeight("96vh");

        Paragraph hint = new Paragraph(getTranslation("a11y.hint"));
        hint.addClassName("a11y-hint");
        Div list = new Div(hint);
        list.addClassName("a11y-toggles");
        for (VisitorAccess.Mode mode : VisitorAccess.Mode.values()) {
            list.add(toggle(mode));
        }

        rateGroup.setId("a11y-speech-rate");
        rateGroup.addClassName("a11y-rates");
        rateGroup.getElement().setAttribute("role", "group");
        rateGroup.getElement().setAttribute("aria-label", getTranslation("a11y.rate"));
        Span rateLabel = new Span(getTranslation("a11y.rate"));
        rateLabel.addClassName("a11y-rate-label");
        rateLabel.getElement().setAttribute("aria-hidden", "true");
        rateGroup.add(rateLabel);
        for (VisitorAccess.Rate rate : VisitorAccess.Rate.values()) {
            Button button = new Button(getTranslation("a11y.rate." + rate.id()), e -> choose(VisitorAccess.current().withRate(rate)));
            button.setId("a11y-speech-rate-" + rate.id());
            button.addClassName("a11y-rate");
            rates.put(rate, button);
            rateGroup.add(button);
        }
        list.add(rateGroup);
        add(list);

        close.setId("a11y-close");
        close.setText(getTranslation("a11y.close"));
        close.addClassNames("big-button", "primary");
        close.addClickListener(e -> close());
        getFooter().add(close);
        show(VisitorAccess.current());
    }

    private Button toggle(VisitorAccess.Mode mode) {
        Button button = new Button(getTranslation(mode.key));
        button.setId(mode.switchId);
        button.addClassName("a11y-toggle");
        // What the switch shows is what aria-pressed tells a screen reader: hidden from it, so the name stays put.
        Span state = new Span();
        state.addClassName("a11y-state");
        state.getElement().setAttribute("aria-hidden", "true");
        button.setSuffixComponent(state);
        button.addClickListener(e -> choose(VisitorAccess.current().toggled(mode)));
        toggles.put(mode.switchId, button);
        switches.put(button, new Switch(mode, state));
        return button;
    }

    private void choose(VisitorAccess access) {
        VisitorAccess.choose(access);
        access.applyTo(UI.getCurrent());
        show(access);
    }

    private void show(VisitorAccess access) {
        switches.forEach((button, toggle) -> {
            boolean on = access.has(toggle.mode());
            button.getElement().setAttribute("aria-pressed", String.valueOf(on));
            toggle.state().setText(getTranslation(on ? "a11y.on" : "a11y.off"));
        });
        rates.forEach((rate, button) -> button.getElement().setAttribute("aria-pressed",
                String.valueOf(rate == access.rate())));
        // The rate matters only while speech is on; it stays visible so that it is found, but says it is idle.
        rateGroup.getElement().setAttribute("data-pk-idle", String.valueOf(!access.has(VisitorAccess.Mode.SPEECH)));
    }
}
