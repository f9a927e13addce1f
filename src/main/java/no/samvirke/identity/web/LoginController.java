package no.samvirke.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private static final int MAX_SHOWN_MINUTES = 24 * 60;

    /**
     * {@code ?error}: the sign-in failed; {@code ?throttled=N}: it was refused by the throttle, try
     * again in N minutes (ADR 0022). The form is described by the message shown.
     */
    @GetMapping("/login")
    String login(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "throttled", required = false) String throttled, Model model) {
        if (throttled != null) {
            model.addAttribute("retryMinutes", minutes(throttled));
            model.addAttribute("describedBy", "login-throttled");
        } else if (error != null) {
            model.addAttribute("describedBy", "login-error");
        }
        return "login";
    }

    private static int minutes(String value) {
        try {
            return Math.min(MAX_SHOWN_MINUTES, Math.max(1, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
