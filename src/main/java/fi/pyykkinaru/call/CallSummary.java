package fi.pyykkinaru.call;

import org.jspecify.annotations.Nullable;

/** A call as the chooser, the not-yet-open and the closed pages name it: what it asks for and when. */
record CallSummary(CallView view, Call call) {

    CallText text() {
        return view.text();
    }

    String title() {
        return text().get("call.page.kind." + call.kind().name());
    }

    String href() {
        return "/call/" + view.event().slug() + "/" + CallChoice.path(call.kind()) + "?lang=" + text().lang();
    }

    String opensAt() {
        return text().dateTime(call.opensAt(), view.event().zone());
    }

    String closesAt() {
        return text().dateTime(call.closesAt(), view.event().zone());
    }

    @Nullable String intro() {
        return call.intro() == null ? null : call.intro().in(text().locale());
    }
}
