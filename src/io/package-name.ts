/**
 * The name Plumbline is published under on the npm registry (`plumbline` there is an unrelated
 * package). The command it installs stays `plumbline`. A test keeps this equal to package.json.
 */
export const PACKAGE_NAME = 'plumbline-kpi';
