package org.sawa.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs, available in templates as {@code @page}: language, text
 * direction and the links of the language switcher (which keep the current page).
 */
@Component("page")
public class Page {

	private final java.util.List<StaffMenu> staffMenus;

	Page(java.util.List<StaffMenu> staffMenus) {
		this.staffMenus = staffMenus;
	}

	/** The staff pages the person signed in has, for the menu (none when signed out). */
	public java.util.List<StaffMenu.Link> staffLinks() {
		org.springframework.security.core.Authentication signedIn = org.springframework.security.core.context.SecurityContextHolder
			.getContext()
			.getAuthentication();
		if (signedIn == null || !signedIn.isAuthenticated()
				|| signedIn instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
			return java.util.List.of();
		}
		return staffMenus.stream().flatMap(menu -> menu.links(signedIn).stream()).toList();
	}

	/**
	 * This page's path and query, for a "sign in" link that returns here; null where
	 * there is nothing to return to (the sign-in and sign-up pages themselves, errors).
	 */
	public String here() {
		HttpServletRequest request = currentRequest();
		if (request == null || request.getAttribute("jakarta.servlet.error.request_uri") != null
				|| !"GET".equals(request.getMethod())) {
			return null;
		}
		String path = request.getRequestURI()
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		return org.sawa.security.LocalPaths.of(path).filter(p -> !"/".equals(p)).orElse(null);
	}

	/** The current language's name in itself, for the language menu's button. */
	public String languageName() {
		return languageName(lang());
	}

	public String lang() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

	public String dir() {
		return Languages.isRightToLeft(LocaleContextHolder.getLocale()) ? "rtl" : "ltr";
	}

	public boolean rtl() {
		return "rtl".equals(dir());
	}

	/** A link of the language switcher. */
	public record LanguageLink(String tag, String url, String name, boolean current) {
	}

	/**
	 * Each supported language, named in itself, with the URL of this page in that
	 * language.
	 */
	public java.util.List<LanguageLink> languageLinks() {
		String current = lang();
		return urls().entrySet()
			.stream()
			.map(e -> new LanguageLink(e.getKey(), e.getValue(), languageName(e.getKey()), e.getKey().equals(current)))
			.toList();
	}

	private Map<String, String> urls() {
		Map<String, String> links = new LinkedHashMap<>();
		for (String tag : Languages.SUPPORTED) {
			links.put(tag, asSent().replaceQueryParam("lang", tag).build().toUriString());
		}
		return links;
	}

	/**
	 * This page's address showing another page of its list ({@code page} =
	 * {@code number}), every other parameter kept as the reader sent it: a list's links
	 * to its pages keep what was asked of it.
	 */
	public String paged(int number) {
		return asSent().replaceQueryParam("page", number).build().toUriString();
	}

	/**
	 * This page's address without one of its parameters (a filter let go), from the first
	 * page of its list.
	 */
	public String without(String parameter) {
		return asSent().replaceQueryParam(parameter).replaceQueryParam("page").build().toUriString();
	}

	/**
	 * This page's address and parameters as the reader sent them; on an error page, the
	 * address that failed, without its parameters.
	 */
	private UriComponentsBuilder asSent() {
		HttpServletRequest request = currentRequest();
		if (request == null) {
			return UriComponentsBuilder.fromPath("/");
		}
		Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
		UriComponentsBuilder builder = UriComponentsBuilder
			.fromPath(forwarded instanceof String original ? original : request.getRequestURI());
		if (request.getQueryString() != null && forwarded == null) {
			builder.query(request.getQueryString());
		}
		return builder;
	}

	/** The name of a language in that language, for the switcher. */
	public String languageName(String tag) {
		return Languages.nameOf(tag);
	}

	public String path() {
		HttpServletRequest request = currentRequest();
		return request == null ? "/" : request.getRequestURI();
	}

	public Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static HttpServletRequest currentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest();
		}
		return null;
	}

}
