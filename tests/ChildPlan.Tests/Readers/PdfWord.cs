namespace ChildPlan.Tests.Readers;

/// <summary>One word on a PDF page and its box, in points from the page's top left corner (<c>pdftotext -bbox</c>).</summary>
/// <param name="Text">The word.</param>
/// <param name="Left">The left edge.</param>
/// <param name="Top">The top edge.</param>
/// <param name="Right">The right edge.</param>
/// <param name="Bottom">The bottom edge.</param>
internal sealed record PdfWord(string Text, double Left, double Top, double Right, double Bottom)
{
    /// <summary>The middle of the word across the page.</summary>
    public double Centre => (Left + Right) / 2;
}
