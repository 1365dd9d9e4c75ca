namespace ChildPlan.Formats;

/// <summary>A file was not written because it already exists and overwriting was not asked for.</summary>
public sealed class OutputExistsException : IOException
{
    /// <summary>Creates the exception for the file at <paramref name="path"/>.</summary>
    public OutputExistsException(string path)
        : base($"{path}: the file already exists.")
    {
        Path = path;
    }

    /// <summary>Creates the exception without a path.</summary>
    public OutputExistsException()
        : this(string.Empty)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public OutputExistsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>The file that exists.</summary>
    public string Path { get; }
}
