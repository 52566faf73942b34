// Vite turns *.module.css into hashed class maps; TypeScript needs to know their shape.
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
