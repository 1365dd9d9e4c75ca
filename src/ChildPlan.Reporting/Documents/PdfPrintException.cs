namespace ChildPlan.Reporting.Documents;

/// <summary>Printing a report to PDF failed: no browser, a browser that does not start, a failed or hung print.</summary>
public sealed class PdfPrintException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PdfPrintException()
    {
    }

    /// <summary>Creates the exception with a message that says what failed and what to do.</summary>
    public PdfPrintException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure behind it.</summary>
    public PdfPrintException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
