package fi.pyykkinaru.clothesline.ui;

import com.vaadin.browserless.SpringBrowserlessTest;

/** The slip form for tests outside this package: type a title, preview and peg, and read what is shown. */
public final class WriteSlipViewAccess {

    private final SpringBrowserlessTest test;
    private final WriteSlipView view;

    private WriteSlipViewAccess(SpringBrowserlessTest test, WriteSlipView view) {
        this.test = test;
        this.view = view;
    }

    public static WriteSlipViewAccess open(SpringBrowserlessTest test, String route) {
        return new WriteSlipViewAccess(test, test.navigate(route, WriteSlipView.class));
    }

    public void type(String title) {
        test.test(view.formStep.form.title).setValue(title);
        test.test(view.formStep.preview).click();
    }

    public void peg() {
        test.test(view.previewStep.peg).click();
    }

    public boolean saveErrorShown() {
        return view.previewStep.saveError.isVisible() && view.previewStep.isVisible();
    }

    public String typedTitle() {
        return view.formStep.form.title.getValue();
    }
}
