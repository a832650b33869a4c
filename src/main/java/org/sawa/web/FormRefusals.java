package org.sawa.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.refusal.Refusals;
import org.sawa.refusal.Refused;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriTemplate;

/**
 * The one way from a refused form to its errors. A handler marked {@link FormPage} lets
 * the refusal go: a module's {@link Refused} (or several, {@link Refusals}) thrown by a
 * service, or a form record that failed Bean Validation. Here the reasons are translated
 * in the person's language and the form page is served in the same request (as a GET, so
 * its handler builds it as usual), with {@code errors} and the typed {@code form} in its
 * model and {@code hasErrors} set. Nothing was written: the refusal rolled the action's
 * transaction back. For htmx, the form page answers with the fragment the request targets
 * ({@link HtmxRequests#view}).
 */
@ControllerAdvice
class FormRefusals {

	static final String REASONS = FormRefusals.class.getName() + ".reasons";

	/** One reason: the field ("form" for the whole form) and its translated text. */
	record Reason(String field, String text) {
	}

	private final MessageSource messages;

	FormRefusals(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ Refused.class, Refusals.class, BindException.class })
	void showFormAgain(Exception refusal, HandlerMethod handler, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws Exception {
		if (denial(refusal)) {
			// the person may not act here at all: refused as such, for them and for
			// monitoring
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		FormPage page = handler.getMethodAnnotation(FormPage.class);
		if (page == null) {
			// not a form of this shape: the next resolvers answer (400 for a malformed
			// form)
			throw refusal;
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		List<Reason> reasons = reasons(refusal, locale);
		if (!page.scope().isEmpty()) {
			// a scope may name a path variable: "m{position}" for the form of one
			// milestone
			String scope = new UriTemplate(page.scope()).expand(variables == null ? Map.of() : variables).toString();
			reasons = reasons.stream().map(r -> new Reason(scope + "." + r.field(), r.text())).toList();
		}
		request.setAttribute(REASONS, reasons);
		String path = UriComponentsBuilder.fromPath(page.value())
			.buildAndExpand(variables == null ? Map.of() : variables)
			.encode()
			.toUriString();
		request.getRequestDispatcher(path).forward(new AsPageRequest(request), response);
	}

	private static boolean denial(Exception refusal) {
		if (refusal instanceof Refused refused) {
			return refused.denial();
		}
		return refusal instanceof Refusals several && several.all().stream().anyMatch(Refused::denial);
	}

	private List<Reason> reasons(Exception refusal, Locale locale) {
		List<Reason> reasons = new ArrayList<>();
		if (refusal instanceof BindException invalid) {
			for (FieldError error : invalid.getFieldErrors()) {
				reasons.add(new Reason(error.getField(), messages.getMessage(error, locale)));
			}
		}
		else {
			List<Refused> all = refusal instanceof Refusals several ? several.all() : List.of((Refused) refusal);
			for (Refused refused : all) {
				reasons.add(new Reason(refused.errorKey(),
						messages.getMessage(refused.messageKey(), refused.arguments(), locale)));
			}
		}
		return reasons;
	}

	/**
	 * On the form page served again: the reasons at their fields and what the person
	 * typed.
	 */
	@ModelAttribute
	void refusedForm(HttpServletRequest request, Model model) {
		@SuppressWarnings("unchecked")
		List<Reason> reasons = (List<Reason>) request.getAttribute(REASONS);
		if (reasons == null) {
			return;
		}
		Map<String, String> errors = new LinkedHashMap<>();
		reasons.forEach(reason -> errors.putIfAbsent(reason.field(), reason.text()));
		Map<String, String> form = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!"_csrf".equals(name) && values.length > 0) {
				form.put(name, values[0]);
			}
		});
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("hasErrors", true);
	}

	/**
	 * The refused request, read by the form page's handler as the GET that shows the
	 * page.
	 */
	private static final class AsPageRequest extends HttpServletRequestWrapper {

		AsPageRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

	}

}
