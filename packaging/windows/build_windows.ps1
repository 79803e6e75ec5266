# Build Switchboard for Windows: the PyInstaller onedir bundle, then the NSIS installer and a
# portable .zip. Run from anywhere, in PowerShell, on Windows (PyInstaller does not cross-build):
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1 [-OutDir dist] [-Stage All|Bundle|Installer]
#
# Needs: Python 3.11+ with the app and PyInstaller (`pip install -e ".[build]"`, picked up from
# .venv if there is one, else `python`), and NSIS 3 (`choco install nsis` or winget NSIS.NSIS).
#
# -Stage Bundle stops after the bundle and -Stage Installer starts from it, so a signing step can
# run in between (the release workflow signs with Azure Artifact Signing, formerly Trusted
# Signing, there: see README, "Signing").
# Signing on your own machine uses signtool (Windows SDK) and happens only when one is set:
#   WINDOWS_SIGN_CERT_SHA1    thumbprint of a code-signing certificate in your store (for example
#                             on a hardware token)
#   WINDOWS_SIGN_DLIB, WINDOWS_SIGN_METADATA   a signing service's signtool plug-in and its
#                             metadata.json (Azure Artifact Signing's dlib, for example)
# A .pfx file cannot be used: certificates issued since June 2023 keep their key in hardware or
# a cloud service. Without any of these nothing is signed, and the build says so.
param(
    [string]$OutDir = "",
    [ValidateSet("All", "Bundle", "Installer")][string]$Stage = "All"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
if (-not $OutDir) { $OutDir = Join-Path $Root "dist" }
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$OutDir = (Resolve-Path $OutDir).Path

$Python = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $Python)) { $Python = "python" }
$Version = & $Python -c "import sys; sys.path.insert(0, r'$Root'); import app; print(app.__version__)"
if ($LASTEXITCODE -ne 0) { throw "cannot read the version from app/__init__.py" }
$Work = Join-Path ([System.IO.Path]::GetTempPath()) ("switchboard-build-" + [guid]::NewGuid())

$Bundle = Join-Path $OutDir "switchboard"
$Exe = Join-Path $Bundle "switchboard.exe"

function Invoke-Sign([string]$Path) {
    $thumb = $env:WINDOWS_SIGN_CERT_SHA1
    $dlib = $env:WINDOWS_SIGN_DLIB
    if (-not $thumb -and -not $dlib) {
        Write-Host "   NOT SIGNED: $Path (neither WINDOWS_SIGN_CERT_SHA1 nor WINDOWS_SIGN_DLIB is set)"
        return
    }
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $signtool) { throw "signtool.exe (Windows SDK) is not installed" }
    $how = if ($dlib) { @("/dlib", $dlib, "/dmdf", $env:WINDOWS_SIGN_METADATA) } else { @("/sha1", $thumb) }
    & $signtool.FullName sign /v /fd SHA256 /tr http://timestamp.acs.microsoft.com /td SHA256 @how $Path
    if ($LASTEXITCODE -ne 0) { throw "signing $Path failed" }
}

if ($Stage -ne "Installer") {
    Write-Host "== PyInstaller bundle (Switchboard $Version)"
    & $Python -m PyInstaller --noconfirm --clean --log-level WARN `
        --distpath $OutDir --workpath $Work (Join-Path $Root "packaging\switchboard.spec")
    if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
    if (-not (Test-Path $Exe)) { throw "no $Exe" }
    Invoke-Sign $Exe
    Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
    if ($Stage -eq "Bundle") { Write-Host "== done: $Bundle"; exit 0 }
}
if (-not (Test-Path $Exe)) { throw "no ${Exe}: run -Stage Bundle first" }

Write-Host "== NSIS installer"
$Makensis = (Get-Command makensis -ErrorAction SilentlyContinue)
if ($Makensis) { $Makensis = $Makensis.Source } else { $Makensis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
$Setup = Join-Path $OutDir "Switchboard-$Version-setup.exe"
& $Makensis /V2 "/DVERSION=$Version" "/DBUNDLE_DIR=$Bundle" "/DOUTFILE=$Setup" `
    "/DICON=$(Join-Path $Root 'icons\switchboard.ico')" (Join-Path $PSScriptRoot "switchboard.nsi")
if ($LASTEXITCODE -ne 0) { throw "makensis failed" }
Invoke-Sign $Setup

Write-Host "== portable zip"
$Zip = Join-Path $OutDir "switchboard-$Version-windows-x64.zip"
if (Test-Path $Zip) { Remove-Item $Zip }
Compress-Archive -Path $Bundle -DestinationPath $Zip

Write-Host ("== done: {0} ({1:N1} MB)" -f $Setup, ((Get-Item $Setup).Length / 1MB))
