using ThuNghiem.Dependency;

namespace ChildPlan.Profiles.ThuNghiem;

/// <summary>A test profile loaded from a plugin folder.</summary>
public sealed class ThuNghiemProfile() : EmbeddedProfile("thu-nghiem", ProvinceNames.Display("Thử Nghiệm"));
