package org.cthub.app.cases;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every case page shares: the labels in the user's language. */
@ControllerAdvice(basePackageClasses = CasePages.class)
class CasePages {

    private final CaseLabels labels;

    CasePages(CaseLabels labels) {
        this.labels = labels;
    }

    @ModelAttribute("labels")
    CaseLabels labels() {
        return labels;
    }
}
