namespace ChildPlan;

/// <summary>The signature block of an administrative document.</summary>
/// <param name="Authority">On whose behalf the document is signed (<c>TM. ỦY BAN NHÂN DÂN</c>), if written.</param>
/// <param name="Capacity">Signing for the head (<c>KT. CHỦ TỊCH</c>), if written.</param>
/// <param name="Title">The signer's title (<c>PHÓ CHỦ TỊCH</c>).</param>
/// <param name="Name">The signer's name, or <see langword="null"/> where the document leaves it out.</param>
public sealed record Signer(string? Authority, string? Capacity, string Title, string? Name);
