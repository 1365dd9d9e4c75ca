namespace ChildPlan.Hosting;

/// <summary>A profile that does not keep the <see cref="Profiles.IChildPlanProfile"/> contract: a member throws, or returns null, a null entry or duplicate ids.</summary>
public sealed class ProfileContractException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public ProfileContractException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ProfileContractException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception the profile threw.</summary>
    public ProfileContractException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
