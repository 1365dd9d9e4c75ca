namespace ChildPlan.Reporting.Workbooks;

/// <summary>
/// The style of a cell written by <see cref="StreamedRows"/>: the workbook's font (bold or not), a number format,
/// a solid fill, wrapping and the quote prefix. Every streamed cell also has thin grey borders on all sides and is
/// aligned to the top, as a bordered table body written with ClosedXML has them. Styles become entries of the
/// workbook's shared style sheet (one per distinct style), not styles of single cells.
/// </summary>
/// <param name="NumberFormat">The number format code, or <see langword="null"/> for General.</param>
/// <param name="Fill">The solid fill as an RGB hex string (<c>C6EFCE</c>), or <see langword="null"/> for none.</param>
/// <param name="Bold">Whether the font is bold.</param>
/// <param name="Wrap">Whether text wraps.</param>
/// <param name="QuotePrefix">Whether the text has a quote prefix (set by <see cref="StreamedRows.Text"/> for formula-looking text).</param>
internal readonly record struct StreamedCellStyle(string? NumberFormat = null, string? Fill = null, bool Bold = false, bool Wrap = false, bool QuotePrefix = false);
