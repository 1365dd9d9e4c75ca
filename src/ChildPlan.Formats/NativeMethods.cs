using System.Runtime.InteropServices;

namespace ChildPlan.Formats;

/// <summary>The one system call the file checks need that .NET does not expose: the type of a file (regular, device, FIFO, socket) on Linux.</summary>
internal static class NativeMethods
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const int NoFollow = 0x100; // AT_SYMLINK_NOFOLLOW
    private const uint TypeField = 0x1; // STATX_TYPE
    private const int TypeMask = 0xF000; // S_IFMT
    private const int RegularType = 0x8000; // S_IFREG

    /// <summary>
    /// Whether the file at <paramref name="path"/> (not following a final symbolic link) is a regular file; null where this
    /// cannot be told (not Linux, or the call failed, for example because the file does not exist).
    /// </summary>
    public static bool? IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return Statx(CurrentFolder, System.Text.Encoding.UTF8.GetBytes(path + "\0"), NoFollow, TypeField, out var status) == 0 ? (status.Mode & TypeMask) == RegularType : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int folder, byte[] path, int flags, uint mask, out StatusBuffer status);

    /// <summary>The start of <c>struct statx</c> (256 bytes, the same layout on every Linux architecture).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct StatusBuffer
    {
        public uint Mask;
        public uint BlockSize;
        public ulong Attributes;
        public uint Links;
        public uint User;
        public uint Group;
        public ushort Mode;
    }
}
