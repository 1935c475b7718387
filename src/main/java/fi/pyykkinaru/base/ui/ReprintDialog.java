package fi.pyykkinaru.base.ui;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * "Printed already – print again?": the one question staff answer before anything is printed a second time
 * (badges, posters). Nothing is printed unless they confirm; nothing is destroyed either, so OK is not red.
 */
public class ReprintDialog extends Confirmation {

    public ReprintDialog(String question, Runnable reprint) {
        super(I18NProvider.translate("registrations.reprint.title"), question, I18NProvider.translate("print.reprint"), reprint);
        notDestructive();
    }
}
