console.log('not printed: the module does not compile');
export const x = 1;
let y = ;
