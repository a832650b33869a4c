package org.sawa.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors of the JSON API ({@code /api/v1}) as RFC 9457 problem details, with the title
 * and detail in the reader's language. HTML pages keep their translated error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ResponseStatusException.class)
	ProblemDetail status(ResponseStatusException ex, Locale locale) {
		return problem(ex.getStatusCode(), ex.getReason(), locale);
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ProblemDetail badParameter(Exception ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "api.error.parameter", locale);
	}

	private ProblemDetail problem(HttpStatusCode status, String detailKey, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage("api.error." + status.value(), null, status.toString(), locale));
		if (detailKey != null) {
			problem.setDetail(messages.getMessage(detailKey, null, detailKey, locale));
		}
		return problem;
	}

}
