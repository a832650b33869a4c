package org.sawa.disclosure;

/**
 * Names the cell at a row and column of a table given to {@link PublishedCounts}; a row
 * or column equal to the number of rows or columns is the margin. A null cell is a figure
 * published exactly elsewhere (a legal count, public offices): it is shown exactly, and
 * when it is from 1 to 4 nothing of its breakdown is shown.
 */
@FunctionalInterface
public interface CellAt {

	/** The cell at this row and column, or null when published exactly elsewhere. */
	Cell at(int row, int column);

}
