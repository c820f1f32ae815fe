package org.cthub.app.casework;

import java.util.List;
import java.util.Locale;
import org.cthub.standard.LabelLanguage;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.store.casework.ClosureReason;
import org.cthub.store.casework.ServiceOutcome;
import org.cthub.store.casework.ServiceType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the casework templates need besides the account: the language HTCDS picklist labels are shown in, and
 * the choices of the forms' lists (templates cannot reach an enum's values themselves).
 */
@ControllerAdvice(basePackageClasses = CaseworkModel.class)
class CaseworkModel {

    @ModelAttribute("labelLanguage")
    LabelLanguage labelLanguage(Locale locale) {
        return LabelLanguage.fromTag(locale.getLanguage()).orElse(LabelLanguage.EN);
    }

    @ModelAttribute("supportPlanTypes")
    List<SupportPlanType> supportPlanTypes() {
        return List.of(SupportPlanType.values());
    }

    @ModelAttribute("serviceTypes")
    List<ServiceType> serviceTypes() {
        return List.of(ServiceType.values());
    }

    @ModelAttribute("serviceOutcomes")
    List<ServiceOutcome> serviceOutcomes() {
        return List.of(ServiceOutcome.values());
    }

    @ModelAttribute("closureReasons")
    List<ClosureReason> closureReasons() {
        return List.of(ClosureReason.values());
    }
}
