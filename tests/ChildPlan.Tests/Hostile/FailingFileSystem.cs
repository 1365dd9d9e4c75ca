using System.IO.Abstractions;
using System.IO.Abstractions.TestingHelpers;

namespace ChildPlan.Tests.Hostile;

/// <summary>A mock file system whose <c>File.Create</c> fails with an I/O error from the given call on, like a disk that fills up midway.</summary>
internal sealed class FailingFileSystem(MockFileSystem inner, int failFromCreate) : IFileSystem
{
    private readonly FailingFile file = new(inner, failFromCreate);

    public MockFileSystem Inner => inner;

    public IFile File => file;

    public IDirectory Directory => inner.Directory;

    public IFileInfoFactory FileInfo => inner.FileInfo;

    public IFileVersionInfoFactory FileVersionInfo => inner.FileVersionInfo;

    public IFileStreamFactory FileStream => inner.FileStream;

    public IPath Path => inner.Path;

    public IDirectoryInfoFactory DirectoryInfo => inner.DirectoryInfo;

    public IDriveInfoFactory DriveInfo => inner.DriveInfo;

    public IFileSystemWatcherFactory FileSystemWatcher => inner.FileSystemWatcher;

    public IRandomAccess RandomAccess => inner.RandomAccess;

    private sealed class FailingFile(MockFileSystem files, int failFrom) : MockFile(files)
    {
        private int creates;

        public override FileSystemStream Create(string path) =>
            ++creates >= failFrom ? throw new IOException("No space left on device") : base.Create(path);
    }
}
