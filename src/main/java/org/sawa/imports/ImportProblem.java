package org.sawa.imports;

/**
 * One reason a row was refused: its line in the file, the column, and a message key with
 * its arguments, translated when shown.
 */
public record ImportProblem(long line, String column, String messageKey, Object... arguments) {
}
