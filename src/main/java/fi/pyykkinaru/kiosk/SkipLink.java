package fi.pyykkinaru.kiosk;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * "Siirry sisältöön": the first stop of the Tab key on a screen, out of sight until focused, that moves the focus
 * past the header into the screen's main content, so that a keyboard or switch user does not walk the language
 * buttons and the menu on every screen. The focus is moved in the browser: the router would take a bare fragment
 * link for a navigation.
 */
public class SkipLink extends Anchor implements LocaleChangeObserver {

    public static final String ID = "skip-to-content";

    /** Leads to the element with the given id, which takes the focus (with tabindex -1, out of the Tab order). */
    public SkipLink(String targetId) {
        super("#" + targetId, "");
        setId(ID);
        addClassName("skip-link");
        getElement().setAttribute("router-ignore", "");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        getElement().executeJs("""
                if (this._skip) return;
                this._skip = true;
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const target = document.getElementById(this.getAttribute('href').substring(1));
                  if (target) {
                    target.setAttribute('tabindex', '-1');
                    target.focus();
                  }
                });""");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setText(getTranslation("keys.skip-to-content"));
    }
}
