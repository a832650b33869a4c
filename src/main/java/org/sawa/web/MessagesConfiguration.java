package org.sawa.web;

import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, one per module and one shared (the list in
 * {@code spring.messages.basename}), as Spring Boot would configure them from
 * {@code spring.messages.*}, with two differences: there is no base bundle (a language
 * without a bundle reads {@code sawa.i18n.default-locale}'s), and numbers and dates given
 * to a message are formatted for Morocco ({@link Languages#formatting}), like every
 * figure the pages format themselves. Without it, Java writes the numbers of Arabic
 * messages in Arabic-Indic digits ("٣٠٠") beside Western digits everywhere else on the
 * same page, while Morocco writes Arabic with Western digits.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename}") String basename,
			@Value("${spring.messages.encoding:UTF-8}") String encoding,
			@Value("${sawa.i18n.default-locale:ar}") String defaultLocale) {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource() {
			@Override
			protected MessageFormat createMessageFormat(String message, Locale locale) {
				return new MessageFormat(message, Languages.formatting(locale).toLocale());
			}
		};
		source.setBasenames(basename.split("\\s*,\\s*"));
		source.setDefaultEncoding(encoding);
		source.setFallbackToSystemLocale(false);
		// no base bundle: a language Sawa does not speak reads the default language
		source.setDefaultLocale(Locale.forLanguageTag(defaultLocale));
		source.setUseCodeAsDefaultMessage(false);
		return source;
	}

}
