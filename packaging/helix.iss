; Inno Setup 6 script of the Helix installer: dist\Helix-<version>-setup.exe.
;
; Run through packaging/build.py --installer (Windows), which builds the one-folder bundle,
; runs its self-test, then calls
;   ISCC.exe /DAppVersion=1.2.3 /DFileVersion=1.2.3.0 /DBundleDir=...\build\frozen\dist\helix
;            /DOutputDir=...\dist /DIconFile=...\build\frozen\icon\helix.ico packaging\helix.iss
; AppVersion is __version__ of app/__init__.py; it is required. The others default to the
; folders build.py uses.
;
; Per user, without administrator rights: Helix goes to %LOCALAPPDATA%\Programs\Helix
; ({autopf} in non-administrative install mode), with a Start-menu entry and, if asked for, a
; desktop icon. Uninstalling removes the program folder only, never the user's data (below).

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=1.2.3 packaging\helix.iss (build.py does)
#endif
#ifndef FileVersion
  #define FileVersion "0.0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\build\frozen\dist\helix"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\dist"
#endif

#define AppName "Helix"
#define AppExe "helix.exe"

[Setup]
; AppId identifies Helix to Windows' uninstall list and to later installers (upgrades install
; over the same folder). Never change it. The first brace is doubled: "{{" is a literal "{".
AppId={{48AC24D9-EAC8-40C6-B678-267CA5C07707}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#FileVersion}
VersionInfoProductVersion={#FileVersion}
VersionInfoDescription={#AppName} setup
; Non-administrative install mode: no UAC prompt, files in the user's profile only.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
; The Start-menu entry goes straight into Programs (no folder to choose).
DisableProgramGroupPage=yes
; The bundle holds 64-bit (x64) binaries: Windows x64, or Windows 11 on Arm64 (emulation).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
; English only. Inno Setup 6 ships no Simplified Chinese messages file: ChineseSimplified.isl is an
; unofficial translation (Files\Languages\Unofficial in the Inno Setup sources, not installed
; into its Languages folder). To add it, put the file next to this script and add:
;   Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: libraries an older version shipped and this one does not
; must not linger next to the new ones. _internal\ holds only what the bundle put there.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The one-folder bundle (helix.exe, helix-cli.exe, _internal\ with Python, Qt, the resources).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Deliberately nothing but what Setup installed: the uninstaller removes the files listed in
; [Files] and then the program folder if it is empty. The user's data is KEPT ON PURPOSE, so a
; reinstall or an upgrade finds it again, and it is never in the program folder:
;   %LOCALAPPDATA%\Helix            the local database (helix.sqlite), the settings, the
;                                   automatic backups (backups\, unless another folder was
;                                   chosen in the settings) - platformdirs' user data folder
;   %LOCALAPPDATA%\Helix\Logs       the logs
;   HKCU\Software\Helix\Helix       window sizes and table columns (QSettings)
;   Windows Credential Manager      the shared database's password, if it was saved
; Do not add an entry here that reaches any of them.
