package org.sawa.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Locale;
import org.sawa.account.Accounts;
import org.sawa.account.PasswordResetForm;
import org.sawa.account.Passwords;
import org.sawa.account.People;
import org.sawa.account.SignupForm;
import org.sawa.security.ClientAddress;
import org.sawa.security.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.sawa.account.SawaUser;
import org.sawa.security.LocalPaths;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-up, confirmation, login page and password reset. */
@Controller
class AccountController {

	private final Accounts accounts;

	private final RateLimiter rateLimiter;

	private final int signupPerHour;

	private final int resetPerHour;

	AccountController(Accounts accounts, RateLimiter rateLimiter,
			@Value("${sawa.security.rate-limit.signup-per-hour}") int signupPerHour,
			@Value("${sawa.security.rate-limit.reset-per-hour}") int resetPerHour) {
		this.accounts = accounts;
		this.rateLimiter = rateLimiter;
		this.signupPerHour = signupPerHour;
		this.resetPerHour = resetPerHour;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/login")
	String login(@RequestParam(name = "continue", required = false) String next, Model model) {
		model.addAttribute("next", LocalPaths.of(next).orElse(null));
		return "account/login";
	}

	@GetMapping("/signup")
	String signupForm(@RequestParam(name = "continue", required = false) String next, Model model) {
		model.addAttribute("form", SignupForm.empty());
		model.addAttribute("next", LocalPaths.of(next).orElse(null));
		return "account/signup";
	}

	@PostMapping("/signup")
	String signup(@Valid @ModelAttribute("form") SignupForm form, BindingResult result,
			@RequestParam(name = "continue", required = false) String next, HttpServletRequest request, Locale locale,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("next", LocalPaths.of(next).orElse(null));
		if (!result.hasFieldErrors("password")
				&& Passwords.tooGuessable(form.password(), form.email(), form.displayName())) {
			result.rejectValue("password", "validation.password.guessable");
		}
		if (result.hasErrors()) {
			return "account/signup";
		}
		if (!rateLimiter.tryAcquire("signup:" + ClientAddress.of(request), signupPerHour, Duration.ofHours(1))) {
			model.addAttribute("limited", true);
			return "account/signup";
		}
		accounts.signUp(form.email(), form.password(), form.displayName(), locale, LocalPaths.of(next).orElse(null));
		redirect.addFlashAttribute("email", form.email().trim());
		return "redirect:/signup/sent";
	}

	@GetMapping("/signup/sent")
	String signupSent() {
		return "account/signup-sent";
	}

	/**
	 * Confirming the address signs the person in (the link proves she holds the mailbox)
	 * and takes her back to the page she signed up from, if any.
	 */
	@GetMapping("/confirm")
	String confirm(@RequestParam(required = false) String token,
			@RequestParam(name = "continue", required = false) String next, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<SawaUser> confirmed = accounts.confirm(token);
		model.addAttribute("confirmed", confirmed.isPresent());
		if (confirmed.isEmpty()) {
			return "account/confirmed";
		}
		signIn(confirmed.get(), request, response);
		return LocalPaths.of(next).map(path -> "redirect:" + path).orElse("account/confirmed");
	}

	private static void signIn(SawaUser user, HttpServletRequest request, HttpServletResponse response) {
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		SESSIONS.saveContext(context, request, response);
	}

	private static final HttpSessionSecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

	@GetMapping("/password/forgot")
	String forgotForm() {
		return "account/forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
		if (email.isBlank()) {
			model.addAttribute("emailError", "validation.required");
			return "account/forgot";
		}
		boolean byAddress = rateLimiter.tryAcquire("reset-ip:" + ClientAddress.of(request), resetPerHour * 4,
				Duration.ofHours(1));
		boolean byAccount = rateLimiter.tryAcquire("reset:" + People.normalise(email), resetPerHour,
				Duration.ofHours(1));
		if (!byAddress || !byAccount) {
			model.addAttribute("limited", true);
			return "account/forgot";
		}
		accounts.requestPasswordReset(email);
		return "redirect:/password/sent";
	}

	@GetMapping("/password/sent")
	String resetSent() {
		return "account/forgot-sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("form", new PasswordResetForm(token, ""));
		model.addAttribute("tokenValid", accounts.isResetTokenValid(token));
		return "account/reset";
	}

	@PostMapping("/password/reset")
	String reset(@Valid @ModelAttribute("form") PasswordResetForm form, BindingResult result, Model model) {
		model.addAttribute("tokenValid", accounts.isResetTokenValid(form.token()));
		if (!result.hasFieldErrors("password") && Passwords.tooGuessable(form.password(), null, null)) {
			result.rejectValue("password", "validation.password.guessable");
		}
		if (result.hasErrors()) {
			return "account/reset";
		}
		if (!accounts.resetPassword(form.token(), form.password())) {
			model.addAttribute("tokenValid", false);
			return "account/reset";
		}
		return "redirect:/login?reset";
	}

}
