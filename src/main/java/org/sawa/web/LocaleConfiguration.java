package org.sawa.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The locale comes from {@code ?lang=}, then the {@code sawa_lang} cookie that a choice
 * leaves, then {@code Accept-Language}, then the deployment's default.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final String COOKIE = "sawa_lang";

	private final Locale defaultLocale;

	private final CookieLocaleResolver resolver;

	LocaleConfiguration(@Value("${sawa.i18n.default-locale:ar}") String defaultLocale) {
		this.defaultLocale = Languages.supported(defaultLocale).orElse(Locale.forLanguageTag("ar"));
		this.resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(this::fromAcceptLanguage);
	}

	/**
	 * The one resolver: the interceptor below stores a choice through the same instance.
	 */
	@Bean
	LocaleResolver localeResolver() {
		return resolver;
	}

	private Locale fromAcceptLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
				List<Locale> supported = new ArrayList<>();
				Languages.SUPPORTED.forEach(tag -> supported.add(Locale.forLanguageTag(tag)));
				Locale match = Locale.lookup(ranges, supported);
				if (match != null) {
					return Languages.locale(match.getLanguage());
				}
			}
			catch (IllegalArgumentException ignored) {
				// a malformed header falls back to the default
			}
		}
		return defaultLocale;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				Languages.supported(request.getParameter("lang"))
					.ifPresent(locale -> resolver.setLocale(request, response, locale));
				return true;
			}
		});
	}

}
