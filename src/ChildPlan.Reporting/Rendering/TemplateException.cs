namespace ChildPlan.Reporting.Rendering;

/// <summary>A template could not be parsed or rendered; the message names the template, line and column.</summary>
public sealed class TemplateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TemplateException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public TemplateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
